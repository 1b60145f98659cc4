package cn.baishan.enrollment.registration.applications.usecase;

/** No such application in the caller's scope: the same answer whether it exists elsewhere or not. */
public class ApplicationNotFoundException extends RuntimeException {

    public ApplicationNotFoundException() {
        super("application not found");
    }
}
