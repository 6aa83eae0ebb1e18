package vn.pakn.it.support;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.sql.SQLException;

/**
 * Accounts that the tests own, written straight into the realm's tables (app_user, app_user_role) with a
 * bcrypt hash in modular-crypt form, exactly as the server's Elytron realm (PaknAccountRealm) reads them. They do not
 * depend on the demo data.
 */
public final class ItUsers {

    private ItUsers() {
    }

    /** Creates the account unless it exists; returns its credentials. */
    public static Api.Credentials ensure(String username, String password, String role) {
        String hash = BCrypt.withDefaults().hashToString(4, password.toCharArray());
        try (var connection = ItDatabase.connect()) {
            connection.setAutoCommit(false);
            try (var user = connection.prepareStatement("""
                    INSERT INTO app_user (id, username, password_hash, full_name, active)
                    VALUES (nextval('app_user_seq'), ?, ?, ?, TRUE) ON CONFLICT (username) DO NOTHING""");
                    var roles = connection.prepareStatement("""
                    INSERT INTO app_user_role (user_id, role_name)
                    SELECT id, ? FROM app_user WHERE username = ? ON CONFLICT DO NOTHING""")) {
                user.setString(1, username);
                user.setString(2, hash);
                user.setString(3, "Tài khoản kiểm thử " + username);
                user.executeUpdate();
                roles.setString(1, role);
                roles.setString(2, username);
                roles.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the IT account " + username, e);
        }
        return new Api.Credentials(username, password);
    }
}
