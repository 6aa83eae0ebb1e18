package vn.pakn.domain.model.identity;

/**
 * Who does something to a case, with the role they act in. A user with several roles acts in the one the
 * action needs; the system acts as {@link Role#SYSTEM}, an anonymous citizen as {@link Role#CITIZEN}.
 */
public record Actor(String username, Role role) {

    public static final Actor SYSTEM = new Actor("system", Role.SYSTEM);

    public static Actor citizen() {
        return new Actor("citizen", Role.CITIZEN);
    }

    public Actor {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username must be given");
        }
        if (role == null) {
            throw new IllegalArgumentException("role must be given");
        }
    }
}
