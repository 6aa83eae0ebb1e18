package vn.pakn.application.admin;

import vn.pakn.domain.model.shared.DomainException;

/**
 * The rules of the unit tree on its materialised paths ("/1/7/" is unit 7 under unit 1): a unit moves only
 * under a unit outside its own subtree, and a move rewrites the path prefix of the whole subtree.
 */
public final class UnitTreeRules {

    private UnitTreeRules() {
    }

    /**
     * Refuses a new parent that is the unit itself or one of its descendants (a cycle would cut the subtree
     * off the tree).
     *
     * @param unitPath the moving unit's path
     * @param newParentPath the path of the new parent, or null to make the unit a root
     */
    public static void requireNotOwnDescendant(String unitCode, String unitPath, String parentCode, String newParentPath) {
        if (newParentPath != null && newParentPath.startsWith(unitPath)) {
            boolean self = newParentPath.equals(unitPath);
            throw DomainException.invalid("unit-cycle",
                    self ? "Đơn vị '" + unitCode + "' không thể là đơn vị cấp trên của chính nó."
                            : "Không thể chuyển đơn vị '" + unitCode + "' vào dưới đơn vị cấp dưới của nó ('" + parentCode + "').",
                    self ? "Unit '" + unitCode + "' cannot be its own parent."
                            : "Unit '" + unitCode + "' cannot move under its own sub-unit '" + parentCode + "'.");
        }
    }

    /** The path a unit with {@code id} gets under a parent with {@code parentPath} (null for a root). */
    public static String pathUnder(String parentPath, long id) {
        return (parentPath == null ? "/" : parentPath) + id + "/";
    }

    /** {@code path} (the unit's or a descendant's) with the prefix {@code oldPrefix} replaced by {@code newPrefix}. */
    public static String rebase(String path, String oldPrefix, String newPrefix) {
        if (!path.startsWith(oldPrefix)) {
            throw new IllegalArgumentException("path " + path + " is not under " + oldPrefix);
        }
        return newPrefix + path.substring(oldPrefix.length());
    }

    /** A new or moved unit goes only under an active parent. */
    public static void requireActiveParent(String parentCode, boolean parentActive) {
        if (!parentActive) {
            throw DomainException.invalid("inactive-parent", "Đơn vị cấp trên '" + parentCode + "' đã ngừng hoạt động.",
                    "The parent unit '" + parentCode + "' is not active.");
        }
    }

    /**
     * A unit is deactivated only when nothing active still depends on it: sub-units, routing rules that name
     * it, or staff accounts in it would otherwise route or scope work to a unit that no longer works, and its open
     * assignments (cases it has not answered yet) would be left with nobody to answer them.
     */
    public static void requireNothingActiveDependsOn(String unitCode, long activeChildren, long activeRules, long activeUsers,
                                                     long openAssignments) {
        if (activeChildren + activeRules + activeUsers + openAssignments > 0) {
            throw DomainException.conflict("unit-in-use",
                    "Chưa thể ngừng đơn vị '" + unitCode + "': còn " + openAssignments + " hồ sơ đang xử lý, " + activeChildren
                            + " đơn vị cấp dưới, " + activeRules + " quy tắc chuyển xử lý và " + activeUsers
                            + " tài khoản đang hoạt động gắn với đơn vị.",
                    "Unit '" + unitCode + "' cannot be deactivated yet: " + openAssignments + " open cases, " + activeChildren
                            + " active sub-units, " + activeRules + " active routing rules and " + activeUsers
                            + " active accounts still refer to it.");
        }
    }
}
