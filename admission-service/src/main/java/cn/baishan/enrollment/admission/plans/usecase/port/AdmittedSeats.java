package cn.baishan.enrollment.admission.plans.usecase.port;

import cn.baishan.enrollment.admission.plans.domain.PlanKey;

/**
 * How many children a published allocation run has admitted, and still admits, at a school for a year
 * and stage. A plan may never be cut below it ("never exceeded"). Implemented over the season half's
 * admissions (current rows).
 */
public interface AdmittedSeats {

    int admitted(PlanKey plan);
}
