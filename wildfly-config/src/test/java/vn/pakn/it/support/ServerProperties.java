package vn.pakn.it.support;

import java.io.IOException;
import java.util.Map;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/**
 * System properties of the managed WildFly, set through its management API before a test class deploys the app:
 * MicroProfile Config reads system properties before the environment, so a deployment sees them instead of the
 * PAKN_* variables that failsafe gave the server for every test class.
 */
public final class ServerProperties {

    private ServerProperties() {
    }

    public static void set(Map<String, String> properties) {
        try (var client = client()) {
            for (var e : properties.entrySet()) {
                execute(client, Operations.createRemoveOperation(address(e.getKey())), true);
                ModelNode add = Operations.createAddOperation(address(e.getKey()));
                add.get("value").set(e.getValue());
                execute(client, add, false);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach the server's management port", e);
        }
    }

    public static void remove(Iterable<String> names) {
        try (var client = client()) {
            for (String name : names) {
                execute(client, Operations.createRemoveOperation(address(name)), true);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach the server's management port", e);
        }
    }

    private static ModelControllerClient client() throws IOException {
        return ModelControllerClient.Factory.create("remote+http", "127.0.0.1",
                Integer.getInteger("pakn.it.management.port", 10090));
    }

    private static ModelNode address(String name) {
        return Operations.createAddress("system-property", name);
    }

    private static void execute(ModelControllerClient client, ModelNode op, boolean mayFail) throws IOException {
        ModelNode result = client.execute(op);
        if (!mayFail && !Operations.isSuccessfulOutcome(result)) {
            throw new IllegalStateException("Management operation failed: " + op + " → " + result);
        }
    }
}
