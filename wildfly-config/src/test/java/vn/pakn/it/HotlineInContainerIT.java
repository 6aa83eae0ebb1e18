package vn.pakn.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.pakn.it.support.Deployments;
import vn.pakn.telephony.ami.AmiSelfCheck;
import vn.pakn.telephony.call.CallEvent;

/**
 * In container: asterisk-java finds its event classes by classpath scanning, which failed inside application servers
 * (asterisk-java issues #318, #381). Here, inside the deployed WildFly with the WAR's class loader, asterisk-java
 * reads {@code Event: Hangup} from a socket and must build an {@code org.asteriskjava.manager.event.HangupEvent} that
 * our mapper turns into a HANGUP call event.
 */
@ExtendWith(ArquillianExtension.class)
class HotlineInContainerIT {

    @Deployment
    static WebArchive app() {
        return Deployments.app().addClass(HotlineInContainerIT.class)
                .addAsLibraries(Deployments.codeSourceOf(Assertions.class));
    }

    @Test
    void asteriskJavaBuildsAHangupEventInsideWildFly() {
        var result = AmiSelfCheck.run(Duration.ofSeconds(20));

        assertThat(result.passed()).as(result.detail()).isTrue();
        assertThat(result.eventClass()).isEqualTo("org.asteriskjava.manager.event.HangupEvent");
        assertThat(result.mapped().type()).isEqualTo(CallEvent.Type.HANGUP);
        assertThat(AmiSelfCheck.class.getClassLoader().toString()).contains("deployment");
    }
}
