package vn.pakn.infrastructure.security;

import java.security.Principal;
import java.security.Provider;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.InvalidKeySpecException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.wildfly.security.auth.SupportLevel;
import org.wildfly.security.auth.principal.NamePrincipal;
import org.wildfly.security.auth.server.RealmIdentity;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityRealm;
import org.wildfly.security.authz.AuthorizationIdentity;
import org.wildfly.security.authz.MapAttributes;
import org.wildfly.security.credential.Credential;
import org.wildfly.security.credential.PasswordCredential;
import org.wildfly.security.evidence.Evidence;
import org.wildfly.security.evidence.PasswordGuessEvidence;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * The Elytron realm of the staff accounts (tables app_user and app_user_role, bcrypt hashes in modular-crypt form):
 * what the jdbc-realm did, plus {@link VerifiedPasswords}, so that an API client that sends HTTP Basic on every
 * request does not pay bcrypt on every request.
 *
 * <p>The account row and its roles are read from the database at every authentication (one query), so a deactivated
 * account is refused and changed roles apply at the next request; only the outcome "this password matches this
 * stored hash" is remembered, for {@code PAKN_AUTH_CACHE_SECONDS} (default 120, 0 = off), at most
 * {@code PAKN_AUTH_CACHE_ENTRIES} (default 1000). Installed as an Elytron custom-realm from the JBoss module
 * {@code vn.pakn.security} (03-security.cli); the data source is {@code PAKN_AUTH_DATASOURCE}, by default
 * {@code java:jboss/datasources/PaknDS}.
 */
public final class PaknAccountRealm implements SecurityRealm {

    private static final Logger LOG = Logger.getLogger(PaknAccountRealm.class);
    /** The attribute that the security domain's role decoder (simple-role-decoder pakn-roles) reads. */
    public static final String ROLES = "Roles";
    static final String ACCOUNT_QUERY = """
            SELECT u.password_hash, r.role_name FROM app_user u LEFT JOIN app_user_role r ON r.user_id = u.id
            WHERE u.username = ? AND u.active = TRUE""";
    private static final Supplier<Provider[]> PROVIDERS = () -> new Provider[]{WildFlyElytronPasswordProvider.getInstance()};

    private final Supplier<Connection> connections;
    private final VerifiedPasswords verified;

    /** The constructor Elytron's custom-realm calls: settings from the environment. */
    public PaknAccountRealm() {
        this(fromJndi(setting("PAKN_AUTH_DATASOURCE", "java:jboss/datasources/PaknDS")),
                new VerifiedPasswords(Long.parseLong(setting("PAKN_AUTH_CACHE_SECONDS", Long.toString(VerifiedPasswords.DEFAULT_TTL_SECONDS))),
                        Integer.parseInt(setting("PAKN_AUTH_CACHE_ENTRIES", Integer.toString(VerifiedPasswords.DEFAULT_MAX_ENTRIES)))));
    }

    PaknAccountRealm(Supplier<Connection> connections, VerifiedPasswords verified) {
        this.connections = connections;
        this.verified = verified;
    }

    @Override
    public RealmIdentity getRealmIdentity(Principal principal) throws RealmUnavailableException {
        if (!(principal instanceof NamePrincipal) || principal.getName().isEmpty()) {
            return RealmIdentity.NON_EXISTENT;
        }
        String username = principal.getName();
        return account(username).<RealmIdentity>map(a -> new Identity(principal, a)).orElse(RealmIdentity.NON_EXISTENT);
    }

    @Override
    public SupportLevel getCredentialAcquireSupport(Class<? extends Credential> credentialType, String algorithmName,
                                                    AlgorithmParameterSpec parameterSpec) {
        // The hash never leaves the realm: mechanisms verify a guess (BASIC, FORM), they do not read credentials.
        return SupportLevel.UNSUPPORTED;
    }

    @Override
    public SupportLevel getEvidenceVerifySupport(Class<? extends Evidence> evidenceType, String algorithmName) {
        return PasswordGuessEvidence.class.isAssignableFrom(evidenceType) ? SupportLevel.POSSIBLY_SUPPORTED : SupportLevel.UNSUPPORTED;
    }

    /** The active account's stored hash and roles, or empty when there is no such active account. */
    Optional<Account> account(String username) throws RealmUnavailableException {
        try (Connection c = connections.get(); PreparedStatement q = c.prepareStatement(ACCOUNT_QUERY)) {
            q.setString(1, username);
            try (ResultSet rows = q.executeQuery()) {
                String hash = null;
                Set<String> roles = new LinkedHashSet<>();
                while (rows.next()) {
                    hash = rows.getString(1);
                    String role = rows.getString(2);
                    if (role != null) {
                        roles.add(role);
                    }
                }
                return hash == null ? Optional.empty() : Optional.of(new Account(username, hash, Set.copyOf(roles)));
            }
        } catch (SQLException | RuntimeException e) {
            LOG.errorf(e, "PAKN1701: the account store could not be read; sign-in is refused until it can. Check the data source %s.",
                    setting("PAKN_AUTH_DATASOURCE", "java:jboss/datasources/PaknDS"));
            throw new RealmUnavailableException("the account store could not be read", e);
        }
    }

    /** Checks a password against the stored hash: from the cache of recent successes, else bcrypt (and remember a yes). */
    boolean matches(Account account, char[] guess) {
        if (verified.remembers(account.username(), account.hash(), guess)) {
            return true;
        }
        boolean ok;
        try {
            ok = new PasswordCredential(ModularCrypt.decode(account.hash())).verify(PROVIDERS, new PasswordGuessEvidence(guess.clone()));
        } catch (InvalidKeySpecException e) {
            LOG.warnf("PAKN1702: the stored password hash of an account is not in modular-crypt form; that account cannot sign in"
                    + " until an administrator sets its password again.");
            return false;
        }
        if (ok) {
            verified.rememberVerified(account.username(), account.hash(), guess);
        }
        return ok;
    }

    record Account(String username, String hash, Set<String> roles) {
    }

    private final class Identity implements RealmIdentity {
        private final Principal principal;
        private final Account account;

        Identity(Principal principal, Account account) {
            this.principal = principal;
            this.account = account;
        }

        @Override
        public Principal getRealmIdentityPrincipal() {
            return principal;
        }

        @Override
        public SupportLevel getCredentialAcquireSupport(Class<? extends Credential> credentialType, String algorithmName,
                                                        AlgorithmParameterSpec parameterSpec) {
            return SupportLevel.UNSUPPORTED;
        }

        @Override
        public <C extends Credential> C getCredential(Class<C> credentialType) {
            return null;
        }

        @Override
        public SupportLevel getEvidenceVerifySupport(Class<? extends Evidence> evidenceType, String algorithmName) {
            return PasswordGuessEvidence.class.isAssignableFrom(evidenceType) ? SupportLevel.SUPPORTED : SupportLevel.UNSUPPORTED;
        }

        @Override
        public boolean verifyEvidence(Evidence evidence) {
            return evidence instanceof PasswordGuessEvidence guess && matches(account, guess.getGuess());
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public AuthorizationIdentity getAuthorizationIdentity() {
            return AuthorizationIdentity.basicIdentity(new MapAttributes(Map.of(ROLES, account.roles())));
        }
    }

    private static Supplier<Connection> fromJndi(String name) {
        return new Supplier<>() {
            private volatile DataSource dataSource;

            @Override
            public Connection get() {
                try {
                    DataSource ds = dataSource;
                    if (ds == null) {
                        ds = (DataSource) new InitialContext().lookup(name);
                        dataSource = ds;
                    }
                    return ds.getConnection();
                } catch (NamingException | SQLException e) {
                    throw new IllegalStateException("no connection from " + name, e);
                }
            }
        };
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
