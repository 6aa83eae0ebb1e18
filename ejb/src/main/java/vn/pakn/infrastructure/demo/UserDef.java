package vn.pakn.infrastructure.demo;

import java.util.Objects;
import java.util.Set;
import vn.pakn.domain.model.identity.Role;

/** A demo account; every one has the password {@link DemoUsers#PASSWORD}. */
public record UserDef(String username, String fullName, String email, String unitCode, Set<Role> roles,
                      String extension) {

    public UserDef {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(fullName, "fullName");
        roles = Set.copyOf(roles);
    }
}
