package cn.baishan.enrollment.registration.applications.domain;

/** A supplement that corrects nothing: verification would only repeat its answer. */
public class NothingChangedException extends RuntimeException {

    public NothingChangedException() {
        super("the supplement changes nothing");
    }
}
