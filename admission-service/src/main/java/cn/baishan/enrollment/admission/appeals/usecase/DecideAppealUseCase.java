package cn.baishan.enrollment.admission.appeals.usecase;

import cn.baishan.enrollment.admission.appeals.domain.Appeal;
import cn.baishan.enrollment.admission.appeals.domain.AppealStatus;
import cn.baishan.enrollment.admission.seasons.domain.RunViolation;
import java.util.List;
import java.util.UUID;

public interface DecideAppealUseCase {

    /** @param districtScope the caller's district, null for city staff (who decide anywhere) */
    Appeal decide(
            UUID appealId, AppealStatus outcome, String reason, String schoolCode, String actor, String districtScope);

    class AppealNotFoundException extends RuntimeException {
        public AppealNotFoundException(UUID id) {
            super("没有该申诉：" + id);
        }
    }

    /** The appeal belongs to another district. */
    class OutOfScopeException extends RuntimeException {
        public OutOfScopeException() {
            super("区县教育局只能决定本区县的申诉。");
        }
    }

    /** The move would break an invariant; nothing was changed. */
    class MoveRefusedException extends RuntimeException {
        private final List<RunViolation> violations;

        public MoveRefusedException(List<RunViolation> violations) {
            super("调整学校不符合录取规则（" + violations.size() + " 项），申诉未作决定。");
            this.violations = List.copyOf(violations);
        }

        public List<RunViolation> violations() {
            return violations;
        }
    }
}
