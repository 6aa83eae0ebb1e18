package vn.pakn.infrastructure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.model.calendar.CalendarDayKind;
import vn.pakn.domain.model.calendar.HolidayCsv;
import vn.pakn.domain.model.identity.Role;

class DemoContentTest {

    @Test
    void cityHasAtLeastFifteenUnitsInOneConsistentTree() {
        assertThat(DemoCity.units()).hasSizeGreaterThanOrEqualTo(15);
        Set<String> seen = new HashSet<>();
        for (UnitDef u : DemoCity.units()) {
            assertThat(seen.add(u.code())).as("unique code %s", u.code()).isTrue();
            if (u.parentCode() != null) {
                assertThat(seen).as("parent of %s listed before it", u.code()).contains(u.parentCode());
            }
            assertThat(u.code().length()).isLessThanOrEqualTo(40);
        }
        assertThat(DemoCity.units()).extracting(UnitDef::kind)
                .contains("CITY_COMMITTEE", "DEPARTMENT", "WARD_COMMITTEE", "COMMUNE_COMMITTEE", "UTILITY", "SECTION");
        assertThat(DemoCity.units()).extracting(UnitDef::nameVi)
                .contains("Công ty Cổ phần Cấp nước Hải Long", "Công ty Điện lực Hải Long", "Sở Xây dựng");
    }

    @Test
    void everyWardAreaBelongsToAWardCommittee() {
        assertThat(DemoCity.localAreas()).hasSizeGreaterThanOrEqualTo(4);
        for (AreaDef a : DemoCity.localAreas()) {
            assertThat(DemoCity.unit(a.wardUnitCode())).as("unit of %s", a.code()).isPresent()
                    .get().extracting(UnitDef::kind).isIn("WARD_COMMITTEE", "COMMUNE_COMMITTEE");
            assertThat(DemoCity.area(a.parentCode())).isPresent();
        }
    }

    @Test
    void categoriesFollowTheSlaRulesOfIssue2() {
        assertThat(DemoCatalogue.categories()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(DemoCatalogue.categories()).extracting(CategoryDef::code).doesNotHaveDuplicates();
        for (CategoryDef c : DemoCatalogue.categories()) {
            assertThat(c.sla().forwardWorkingDays()).isEqualTo(1);
            assertThat(c.sla().maxExtensionDays()).isEqualTo(c.sla().answerWorkingDays());
        }
        Stream.of(DemoCatalogue.WATER_SUPPLY, DemoCatalogue.ELECTRICITY, DemoCatalogue.FLOODING,
                DemoCatalogue.FALLEN_TREES, DemoCatalogue.PUBLIC_ORDER).forEach(code ->
                assertThat(DemoCatalogue.category(code).orElseThrow().sla().answerWorkingDays()).as(code).isEqualTo(5));
        assertThat(DemoCatalogue.category(DemoCatalogue.LEGAL_DOCS).orElseThrow().sla().answerWorkingDays()).isEqualTo(15);
        assertThat(DemoCatalogue.category(DemoCatalogue.SIDEWALK).orElseThrow().sla().answerWorkingDays()).isEqualTo(10);
    }

    @Test
    void everyRoutingRuleNamesExistingUnitsCategoriesAndAreas() {
        for (RuleDef r : DemoCatalogue.rules()) {
            assertThat(DemoCity.unit(r.leadUnitCode())).as("lead of %s", r).isPresent();
            r.coordinatorCodes().forEach(code -> assertThat(DemoCity.unit(code)).as("coordinator of %s", r).isPresent());
            if (r.categoryCode() != null) {
                assertThat(DemoCatalogue.category(r.categoryCode())).as("category of %s", r).isPresent();
            }
            if (r.areaCode() != null) {
                assertThat(DemoCity.area(r.areaCode())).as("area of %s", r).isPresent();
            }
        }
    }

    @Test
    void everyCategoryRoutesSomewhereAndLocalMattersGoToTheWard() {
        for (CategoryDef c : DemoCatalogue.categories()) {
            assertThat(DemoCatalogue.routeFor(c.code(), null)).as(c.code()).isPresent();
        }
        assertThat(DemoCatalogue.routeFor(DemoCatalogue.SIDEWALK, "P_HAILONG").orElseThrow().leadUnitCode())
                .isEqualTo("UBND_P_HAILONG");
        assertThat(DemoCatalogue.routeFor(DemoCatalogue.SIDEWALK, null).orElseThrow().leadUnitCode())
                .isEqualTo(DemoCity.CONSTRUCTION);
        assertThat(DemoCatalogue.routeFor(DemoCatalogue.WATER_SUPPLY, "X_LONGSON").orElseThrow().leadUnitCode())
                .isEqualTo(DemoCity.WATER);
        assertThat(DemoCatalogue.routeFor(DemoCatalogue.PUBLIC_ORDER, "P_TANAN").orElseThrow().coordinatorCodes())
                .containsExactly("UBND_P_TANAN");
        assertThat(DemoCatalogue.rules()).anySatisfy(r -> assertThat(r.coordinatorCodes()).isNotEmpty());
    }

    @Test
    void everyUnitThatLeadsCasesHasStaffToWorkThem() {
        for (RuleDef r : DemoCatalogue.rules()) {
            assertThat(DemoUsers.accountPrefixFor(r.leadUnitCode())).as("accounts for %s", r.leadUnitCode()).isPresent();
        }
    }

    @Test
    void everyRoleButTheSystemHasADemoUser() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        DemoUsers.users().forEach(u -> roles.addAll(u.roles()));
        assertThat(roles).containsAll(EnumSet.complementOf(EnumSet.of(Role.SYSTEM)));
        assertThat(DemoUsers.users()).extracting(UserDef::username).doesNotHaveDuplicates()
                .contains("admin", "operator1", "operator2", "dispatcher1", "leader1", "xaydung.officer", "xaydung.leader",
                        "phuong1.officer", "phuong1.leader", "capnuoc.officer");
        assertThat(DemoUsers.users()).filteredOn(u -> u.roles().contains(Role.OPERATOR))
                .extracting(UserDef::extension).containsExactly("101", "102", "103");
        for (UserDef u : DemoUsers.users()) {
            if (u.unitCode() != null) {
                assertThat(DemoCity.unit(u.unitCode())).as("unit of %s", u.username()).isPresent();
            }
            assertThat(u.email()).as("e-mail of %s", u.username()).matches(".+@([a-z.]+\\.)?example(\\.com)?");
        }
    }

    @Test
    void demoPasswordHashIsBcryptCost10InModularCryptForm() {
        String hash = DemoDataWriter.demoPasswordHash();
        assertThat(hash).startsWith("$2a$10$").hasSize(60);
        assertThat(at.favre.lib.crypto.bcrypt.BCrypt.verifyer().verify(DemoUsers.PASSWORD.toCharArray(), hash).verified).isTrue();
    }

    @Test
    void holidayTableOnTheClasspathHasTetAndHungKingsDay() {
        var rows = DemoDataWriter.holidayRows();
        assertThat(rows).extracting(HolidayCsv.Row::date)
                .contains(LocalDate.of(2026, 2, 17), LocalDate.of(2026, 4, 27), LocalDate.of(2027, 2, 6));
        assertThat(rows).anyMatch(r -> r.kind() == CalendarDayKind.MAKEUP_WORKDAY);
    }

    @Test
    void everyDemoTextIsNfc() {
        Stream.of(DemoCity.units().stream().flatMap(u -> Stream.of(u.nameVi(), u.address())),
                        DemoCity.areas().stream().map(AreaDef::nameVi),
                        DemoCatalogue.categories().stream().flatMap(c -> Stream.of(c.nameVi(), c.descriptionVi())),
                        DemoCatalogue.rules().stream().map(RuleDef::note),
                        DemoUsers.users().stream().map(UserDef::fullName))
                .flatMap(s -> s)
                .forEach(text -> assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as(text).isTrue());
    }

    @Test
    void templatesReadNaturallyWhateverTheAddressStartsWith() {
        assertThat(DemoTexts.fill("Mất nước tại {dc}", "gần cổng trường tiểu học thôn Phú Lộc", "xã Hòa Phú", ""))
                .isEqualTo("Mất nước gần cổng trường tiểu học thôn Phú Lộc");
        assertThat(DemoTexts.fill("Mất điện không báo trước tại {dc}", "gần chợ", "", ""))
                .isEqualTo("Mất điện không báo trước gần chợ");
        assertThat(DemoTexts.fill("Hố ga trước {dc} bị mất nắp {tg}", "trước nhà số 5 đường Lê Lợi", "phường Hải Long", "từ sáng nay"))
                .isEqualTo("Hố ga trước nhà số 5 đường Lê Lợi bị mất nắp từ sáng nay");
        assertThat(DemoTexts.fill("Ngập tại {dc}, {pb}", "số 5 đường Lê Lợi", DemoCaseSimulator.inSentence("Phường Hải Long"), ""))
                .isEqualTo("Ngập tại số 5 đường Lê Lợi, phường Hải Long");
        var random = new java.util.Random(1);
        for (int i = 0; i < 200; i++) {
            String address = DemoPeople.address(random, "P_TANAN");
            assertThat(address).doesNotContainPattern("ngã tư (.+) giao với \\1$");
        }
    }

    @Test
    void modeIsReadCaseInsensitivelyWithAutoAsDefault() {
        assertThat(DemoDataSettings.parseMode(null)).isEqualTo(DemoDataSettings.Mode.AUTO);
        assertThat(DemoDataSettings.parseMode(" TRUE ")).isEqualTo(DemoDataSettings.Mode.TRUE);
        assertThat(DemoDataSettings.parseMode("false").loads()).isFalse();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> DemoDataSettings.parseMode("yes"))
                .withMessageContaining("pakn.demo.data").withMessageContaining("auto, true or false");
    }
}
