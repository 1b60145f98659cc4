package cn.baishan.enrollment.simulator;

import java.net.URI;

/** Stable problem {@code type} URIs, so callers can tell a refused request from a simulated fault. */
public final class ProblemTypes {

    public static final URI INVALID_REQUEST = URI.create("urn:problem:partner-simulator:invalid-request");
    public static final URI UNKNOWN_DEPARTMENT = URI.create("urn:problem:partner-simulator:unknown-department");
    public static final URI SIMULATED_OUTAGE = URI.create("urn:problem:partner-simulator:simulated-outage");
    public static final URI SIMULATED_ERROR = URI.create("urn:problem:partner-simulator:simulated-error");
    public static final URI UNKNOWN_PERSON = URI.create("urn:problem:partner-simulator:unknown-person");
    public static final URI PLATFORM_UNREACHABLE = URI.create("urn:problem:partner-simulator:platform-unreachable");

    private ProblemTypes() {}
}
