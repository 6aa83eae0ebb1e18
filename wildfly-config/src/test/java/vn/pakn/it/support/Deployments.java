package vn.pakn.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives the ITs deploy: always the real application WAR that the build produced. */
public final class Deployments {

    /** Set by failsafe; the default is the path relative to the wildfly-config module. */
    public static final String APP_WAR_PROPERTY = "pakn.it.app.war";

    private Deployments() {
    }

    /**
     * The application as built ({@code target/server-content/standalone/deployments/ROOT.war}), named
     * ROOT.war so that it answers at the context root "/".
     */
    public static WebArchive app() {
        var war = new File(System.getProperty(APP_WAR_PROPERTY,
                "target/server-content/standalone/deployments/ROOT.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("The application WAR " + war.getAbsolutePath()
                    + " does not exist: build it first (./mvnw -B -ntp install -DskipTests -pl ejb,web,wildfly-config)");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /** The jar (or class directory) a class was loaded from, to add a test library to an in-container deployment. */
    public static File codeSourceOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("No code source for " + type, e);
        }
    }
}
