package cn.baishan.enrollment.admission.applicants.usecase;

import cn.baishan.enrollment.admission.applicants.domain.ApplicantFile;
import cn.baishan.enrollment.admission.applicants.domain.DisabilityPlacement;
import cn.baishan.enrollment.admission.applicants.domain.Placement;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The expert committee records its binding placement of a child who declared a disability. */
public interface PlaceDisabilityUseCase {

    ApplicantFile place(PlaceCommand command);

    /** @param committeeDistrict the committee's district, or null for a city-wide committee */
    record PlaceCommand(
            UUID applicationId,
            Placement placement,
            String schoolCode,
            String decisionNote,
            String actor,
            String committeeDistrict) {

        public PlaceCommand {
            Objects.requireNonNull(applicationId);
            Objects.requireNonNull(actor);
        }
    }

    /** No such application in the caller's reach (404). */
    class ApplicantNotFoundException extends RuntimeException {
        public ApplicantNotFoundException() {
            super("applicant not found");
        }
    }

    /** The decision breaks the rules named (400). */
    class InvalidPlacementException extends RuntimeException {

        private final List<DisabilityPlacement.Problem> problems;

        public InvalidPlacementException(List<DisabilityPlacement.Problem> problems) {
            super(problems.size() + " problems");
            this.problems = List.copyOf(problems);
        }

        public List<DisabilityPlacement.Problem> problems() {
            return problems;
        }
    }
}
