package vn.pakn.it.support;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of the black-box ITs: the real WAR deployed as ROOT.war (testable = false, so nothing is added to
 * it), and a REST client pointed at it. Each subclass gets one deployment; keep the classes few.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class BlackBoxBase {

    @Deployment(testable = false)
    public static WebArchive app() {
        return Deployments.app();
    }

    @ArquillianResource
    protected URL base;

    /** An anonymous client; {@code api().as(…)} signs in with HTTP Basic. */
    protected Api api() {
        return Api.at(base);
    }
}
