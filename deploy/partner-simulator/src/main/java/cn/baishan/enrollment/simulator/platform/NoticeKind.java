package cn.baishan.enrollment.simulator.platform;

import cn.baishan.enrollment.simulator.fault.Department;

/** The change notices the platform takes, and which simulated department (hence which client) sends each. */
enum NoticeKind {
    HUKOU_MOVED_OUT(Department.HOUSEHOLD_REGISTRATION),
    HUKOU_MOVED_IN(Department.HOUSEHOLD_REGISTRATION),
    RESIDENCE_PERMIT_REVOKED(Department.RESIDENCE_PERMIT),
    PROPERTY_TRANSFERRED(Department.REAL_ESTATE),
    INSURANCE_INTERRUPTED(Department.SOCIAL_INSURANCE);

    private final Department sender;

    NoticeKind(Department sender) {
        this.sender = sender;
    }

    Department sender() {
        return sender;
    }
}
