package cn.baishan.enrollment.admission.plans.adapter.in.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import cn.baishan.enrollment.admission.plans.domain.Plan;
import cn.baishan.enrollment.admission.plans.domain.PlanProblem;
import cn.baishan.enrollment.admission.plans.domain.PlansRejectedException;
import cn.baishan.enrollment.admission.plans.domain.Stage;
import cn.baishan.enrollment.admission.plans.usecase.ManagePlansUseCase;
import cn.baishan.enrollment.admission.plans.usecase.ViewPlansQuery;
import cn.baishan.enrollment.admission.plans.usecase.port.CatalogUnavailableException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The demo plans wait for catchment and its demo schools, then load once; bad demo data is not retried. */
class DemoPlansLoaderTest {

    final List<ManagePlansUseCase.ImportPlansCommand> imports = new ArrayList<>();
    final Deque<Supplier<Integer>> answers = new ArrayDeque<>();
    List<Plan> existing = List.of();

    final ManagePlansUseCase manage = new ManagePlansUseCase() {
        @Override
        public int importPlans(ImportPlansCommand command) {
            imports.add(command);
            return answers.pop().get();
        }

        @Override
        public Plan edit(EditPlanCommand command) {
            throw new UnsupportedOperationException();
        }
    };

    final ViewPlansQuery view = new ViewPlansQuery() {
        @Override
        public List<Plan> list(String districtCode, Integer enrollmentYear, Stage stage) {
            return existing;
        }

        @Override
        public SeasonPlans season(String districtCode, int enrollmentYear, Stage stage) {
            throw new UnsupportedOperationException();
        }
    };

    final DemoPlansLoader loader =
            new DemoPlansLoader(manage, view, Path.of("src/test/resources/demo-plans"), Duration.ofMillis(1), 5);

    @Test
    void theSheetIsImportedOnceCatchmentAnswersAndKnowsItsSchools() {
        answers.add(() -> {
            throw new CatalogUnavailableException("down", null);
        });
        answers.add(() -> {
            throw new PlansRejectedException(List.of(new PlanProblem(1, "schoolCode", "school-unknown", "x")));
        });
        answers.add(() -> 2);

        loader.loadWhenCatchmentIsReady();

        assertThat(imports).hasSize(3);
        assertThat(imports.get(2).rows()).hasSize(2);
        assertThat(imports.get(2).editableDistricts()).isEmpty();
        assertThat(imports.get(2).actor()).isEqualTo("demo-data-loader");
    }

    @Test
    void demoDataThatBreaksARuleIsNotRetried() {
        answers.add(() -> {
            throw new PlansRejectedException(List.of(new PlanProblem(1, "classSizeCap", "max-55", "x")));
        });

        loader.loadWhenCatchmentIsReady();

        assertThat(imports).hasSize(1);
    }

    @Test
    void nothingIsLoadedWhenPlansExist() {
        existing = List.of(new Plan(
                new cn.baishan.enrollment.admission.plans.domain.PlanKey("220602001", 2026, Stage.PRIMARY),
                "220602",
                6,
                45,
                270,
                0,
                "bureau",
                java.time.Instant.EPOCH));

        loader.loadWhenCatchmentIsReady();

        assertThat(imports).isEmpty();
    }
}
