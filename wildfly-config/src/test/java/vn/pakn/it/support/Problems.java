package vn.pakn.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

/** Assertions on the app's RFC 9457 problem details: one shape, both languages, no internals. */
public final class Problems {

    private Problems() {
    }

    /** The reply is a problem detail with this status and a message in Vietnamese and in English. */
    public static JsonObject assertProblem(Api.Reply reply, int status) {
        assertThat(reply.status()).as("status of %s", reply).isEqualTo(status);
        assertThat(reply.contentType()).as("content type of %s", reply).startsWith("application/problem+json");
        assertThat(reply.body()).as("no internals in %s", reply)
                .doesNotContain("Exception", "\tat ", "at vn.pakn", "at org.", "org.hibernate", "jakarta.", "SQL");
        JsonObject problem = reply.json();
        assertThat(problem.getInt("status")).as("status member of %s", reply).isEqualTo(status);
        assertThat(problem.getString("type", "")).as("type of %s", reply).isNotBlank();
        assertThat(problem.getString("title", "")).as("title of %s", reply).isNotBlank();
        assertThat(problem.getString("detail", "")).as("Vietnamese detail of %s", reply).isNotBlank();
        assertThat(problem.getString("detail_en", "")).as("English detail of %s", reply).isNotBlank();
        return problem;
    }

    /** The reply is a problem detail with one of these statuses (for refusals the API may word as 403 or 404). */
    public static JsonObject assertProblemWithStatusIn(Api.Reply reply, Integer... statuses) {
        assertThat(reply.status()).as("status of %s", reply).isIn((Object[]) statuses);
        return assertProblem(reply, reply.status());
    }
}
