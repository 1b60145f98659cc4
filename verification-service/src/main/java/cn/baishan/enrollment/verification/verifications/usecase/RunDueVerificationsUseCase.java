package cn.baishan.enrollment.verification.verifications.usecase;

public interface RunDueVerificationsUseCase {

    /** Asks the departments for every verification that is due; returns how many completed. */
    int runDue();
}
