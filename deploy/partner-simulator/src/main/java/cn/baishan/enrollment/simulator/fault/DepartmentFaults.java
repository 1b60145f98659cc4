package cn.baishan.enrollment.simulator.fault;

/** The faults currently set for one department, as shown by the admin API. */
record DepartmentFaults(
        String department,
        long latencyMs,
        double errorRate,
        double garbageRate,
        boolean outage,
        boolean asyncAnswers,
        long answerDelayMs) {

    static DepartmentFaults of(Department department, FaultSettings settings) {
        return new DepartmentFaults(
                department.slug(),
                settings.latencyMs(),
                settings.errorRate(),
                settings.garbageRate(),
                settings.outage(),
                settings.asyncAnswers(),
                settings.answerDelayMs());
    }
}
