/**
 * The server-side security adapter that runs inside WildFly rather than in the application: the Elytron realm of
 * the staff accounts ({@link vn.pakn.infrastructure.security.PaknAccountRealm}), built by wildfly-config into the
 * JBoss module {@code vn.pakn.security}, with its short-lived memory of successful bcrypt checks
 * ({@link vn.pakn.infrastructure.security.VerifiedPasswords}). No Jakarta EE here: Elytron API, JDBC and JNDI only.
 */
package vn.pakn.infrastructure.security;
