package vn.pakn.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pakn.it.support.Problems.assertProblem;
import static vn.pakn.it.support.Problems.assertProblemWithStatusIn;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import vn.pakn.it.support.BlackBoxBase;
import vn.pakn.it.support.DemoData;
import vn.pakn.it.support.ItDatabase;
import vn.pakn.it.support.ItUsers;

/**
 * Black box: the real WAR on the provisioned WildFly, its datasource and its Elytron realm (PaknAccountRealm) on the
 * embedded PostgreSQL.
 */
class ServerOnPostgresIT extends BlackBoxBase {

    @Test
    void deploysTheAppAtTheContextRoot() {
        assertThat(base.getPath()).isEqualTo("/");
    }

    @Test
    void serverIsReadyWithTheAppDeployed() throws Exception {
        var management = Integer.getInteger("pakn.it.management.port", 10090);
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + management + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void appMigratedThePostgresqlDatabaseWithFlyway() {
        // The schema history is in the embedded PostgreSQL that the test JVM started, so the server's
        // datasource really is that PostgreSQL (not the H2 default).
        assertThat(ItDatabase.column("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank"))
                .contains("1");
    }

    @Test
    void publicApiAnswersWithoutSignIn() {
        var reply = api().get("api/public/categories");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
    }

    @Test
    void meWithBcryptAccountFromTheDatabaseOverHttpBasic() {
        var account = ItUsers.ensure("it.dispatcher", "It-Secret-1", "DISPATCHER");

        var reply = api().as(account).get("api/me");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().getString("username")).isEqualTo("it.dispatcher");
        assertThat(reply.json().getJsonArray("roles").getString(0)).isEqualTo("DISPATCHER");
    }

    @Test
    void meWithDemoCredentialsOverHttpBasic() {
        DemoData.assumeLoaded();

        var reply = api().as(DemoData.WATER_OFFICER).get("api/me");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().getString("username")).isEqualTo("capnuoc.officer");
        assertThat(reply.json().getJsonArray("roles").getString(0)).isEqualTo("UNIT_OFFICER");
        assertThat(reply.json().getJsonNumber("unitId").longValue()).isEqualTo(
                ItDatabase.count("SELECT id FROM unit WHERE code = ?", DemoData.WATER_UNIT));
    }

    @Test
    void meWithWrongPasswordIs401() {
        var account = ItUsers.ensure("it.dispatcher", "It-Secret-1", "DISPATCHER");

        var reply = api().as(account.username(), "not-the-password").get("api/me");

        assertProblem(reply, 401);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void aWrongPasswordAfterTheRightOneWasVerifiedIsStillRefusedWithAProblem() {
        var account = ItUsers.ensure("it.dispatcher", "It-Secret-1", "DISPATCHER");
        assertThat(api().as(account).get("api/me").status()).isEqualTo(200);

        for (String wrong : new String[]{"It-Secret-2", "it-secret-1", "It-Secret-1 ", ""}) {
            var reply = api().as(account.username(), wrong).get("api/me");

            assertProblem(reply, 401);
            assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
        }
    }

    @Test
    void aChangedPasswordAppliesAtTheNextRequestThoughTheOldOneWasJustVerified() {
        var account = ItUsers.ensure("it.changing", "Old-Secret-1", "DISPATCHER");
        assertThat(api().as(account).get("api/me").status()).isEqualTo(200);

        ItDatabase.update("UPDATE app_user SET password_hash = ? WHERE username = ?",
                BCrypt.withDefaults().hashToString(4, "New-Secret-2".toCharArray()), account.username());
        try {
            assertProblem(api().as(account).get("api/me"), 401);
            assertThat(api().as(account.username(), "New-Secret-2").get("api/me").status()).isEqualTo(200);
        } finally {
            ItDatabase.update("UPDATE app_user SET password_hash = ? WHERE username = ?",
                    BCrypt.withDefaults().hashToString(4, "Old-Secret-1".toCharArray()), account.username());
        }
    }

    @Test
    void aDeactivatedAccountIsRefusedAtOnceThoughItsPasswordWasJustVerified() {
        var account = ItUsers.ensure("it.leaving", "It-Secret-3", "DISPATCHER");
        assertThat(api().as(account).get("api/me").status()).isEqualTo(200);

        ItDatabase.update("UPDATE app_user SET active = FALSE WHERE username = ?", account.username());
        try {
            assertProblem(api().as(account).get("api/me"), 401);
        } finally {
            ItDatabase.update("UPDATE app_user SET active = TRUE WHERE username = ?", account.username());
        }
    }

    @Test
    void changedRolesApplyAtTheNextRequestThoughThePasswordWasJustVerified() {
        var account = ItUsers.ensure("it.promoted", "It-Secret-4", "CITIZEN");
        assertProblem(api().as(account).get("api/cases"), 403);

        ItUsers.ensure(account.username(), account.password(), "DISPATCHER");
        try {
            assertThat(api().as(account).get("api/cases").status()).isEqualTo(200);
        } finally {
            ItDatabase.update("DELETE FROM app_user_role WHERE role_name = 'DISPATCHER' AND user_id = "
                    + "(SELECT id FROM app_user WHERE username = ?)", account.username());
        }
        assertProblem(api().as(account).get("api/cases"), 403);
    }

    @Test
    void repeatedBasicRequestsDoNotPayBcryptEachTime() {
        // Cost 13: one bcrypt check takes far longer than a request without it, even on a busy machine.
        String username = "it.slowhash";
        ItUsers.ensure(username, "It-Secret-5", "DISPATCHER");
        ItDatabase.update("UPDATE app_user SET password_hash = ? WHERE username = ?",
                BCrypt.withDefaults().hashToString(13, "It-Secret-5".toCharArray()), username);
        var account = new vn.pakn.it.support.Api.Credentials(username, "It-Secret-5");

        long first = System.nanoTime();
        assertThat(api().as(account).get("api/me").status()).isEqualTo(200);
        long firstNanos = System.nanoTime() - first;
        long next = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            assertThat(api().as(account).get("api/me").status()).isEqualTo(200);
        }
        long nextNanos = System.nanoTime() - next;

        assertThat(nextNanos).as("5 verified requests (%d ms) vs the first with bcrypt (%d ms)", nextNanos / 1_000_000,
                firstNanos / 1_000_000).isLessThan(firstNanos);
    }

    @Test
    void meWithUnknownUserIs401() {
        var reply = api().as("nobody-such", "whatever").get("api/me");

        assertThat(reply.status()).as("%s", reply).isEqualTo(401);
    }

    @Test
    void meWithoutCredentialsIs401WithABasicChallengeNotTheLoginPage() {
        var reply = api().get("api/me");

        assertProblem(reply, 401);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void staffApiWithoutCredentialsIs401() {
        assertProblem(api().get("api/cases"), 401);
        assertProblem(api().post("api/cases/1/accept", null), 401);
    }

    @Test
    void staffApiWithoutCredentialsIsRefusedWithAProblem() {
        var reply = api().get("api/cases");

        assertProblemWithStatusIn(reply, 401, 403);
    }

    @Test
    void staffApiRefusesASignedInCitizen() {
        var citizen = ItUsers.ensure("it.citizen", "It-Secret-2", "CITIZEN");

        var reply = api().as(citizen).get("api/cases");

        assertProblem(reply, 403);
    }
}
