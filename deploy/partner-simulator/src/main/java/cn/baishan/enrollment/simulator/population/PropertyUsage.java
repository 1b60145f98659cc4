package cn.baishan.enrollment.simulator.population;

/** Registered usage of a property; only residential property counts for enrollment. */
public enum PropertyUsage {
    RESIDENTIAL,
    COMMERCIAL
}
