package vn.pakn.application.admin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.pakn.infrastructure.search.ComplaintSearchIndex;
import vn.pakn.infrastructure.search.IndexRebuildStatus;

/** The administrator's view of the complaint index: its progress bar, and "rebuild it from the database". */
@Stateless
public class SearchIndexAdministration {

    @Inject
    private AdminAccess adminAccess;

    @Inject
    private ComplaintSearchIndex index;

    public IndexRebuildStatus status() {
        adminAccess.requireAdmin();
        return index.status();
    }

    /** Starts a rebuild in the background; while one runs, the running one's status is returned unchanged. */
    public IndexRebuildStatus rebuild() {
        String admin = adminAccess.requireAdmin().username();
        AdminAudit.log(admin, "rebuild", "search-index", "all");
        return index.startRebuild(admin);
    }
}
