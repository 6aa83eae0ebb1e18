package vn.pakn.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/** The realm's password check against real bcrypt hashes in modular-crypt form, as the account table holds them. */
class PaknAccountRealmTest {

    private final VerifiedPasswords verified = new VerifiedPasswords(60, 100);
    private final PaknAccountRealm realm = new PaknAccountRealm(() -> {
        throw new IllegalStateException("no database in this test");
    }, verified);

    private static PaknAccountRealm.Account account(String password) {
        return new PaknAccountRealm.Account("it.dispatcher", BCrypt.withDefaults().hashToString(4, password.toCharArray()),
                Set.of("DISPATCHER"));
    }

    @Test
    void theRightPasswordIsVerifiedByBcryptAndThenRemembered() {
        var account = account("It-Secret-1");

        assertThat(realm.matches(account, "It-Secret-1".toCharArray())).isTrue();

        assertThat(verified.remembers(account.username(), account.hash(), "It-Secret-1".toCharArray())).isTrue();
        assertThat(realm.matches(account, "It-Secret-1".toCharArray())).isTrue();
    }

    @Test
    void aWrongPasswordIsRefusedEveryTimeAndNeverRemembered() {
        var account = account("It-Secret-1");
        realm.matches(account, "It-Secret-1".toCharArray());

        for (int i = 0; i < 3; i++) {
            assertThat(realm.matches(account, "It-Secret-2".toCharArray())).isFalse();
        }

        assertThat(verified.size()).isEqualTo(1);
    }

    @Test
    void afterAPasswordChangeTheOldPasswordIsRefusedAndTheNewOneWorks() {
        var before = account("It-Secret-1");
        realm.matches(before, "It-Secret-1".toCharArray());
        var after = account("Mat-khau-moi-2");

        assertThat(realm.matches(after, "It-Secret-1".toCharArray())).isFalse();
        assertThat(realm.matches(after, "Mat-khau-moi-2".toCharArray())).isTrue();
    }

    @Test
    void aHashThatIsNotModularCryptNeverMatches() {
        var broken = new PaknAccountRealm.Account("it.broken", "plain-text", Set.of());

        assertThat(realm.matches(broken, "plain-text".toCharArray())).isFalse();
    }

    @Test
    void verifiesOnlyPasswordGuesses() {
        assertThat(realm.getEvidenceVerifySupport(PasswordGuessEvidence.class, null).mayBeSupported()).isTrue();
        assertThat(realm.getCredentialAcquireSupport(org.wildfly.security.credential.PasswordCredential.class, null, null)
                .mayBeSupported()).isFalse();
    }
}
