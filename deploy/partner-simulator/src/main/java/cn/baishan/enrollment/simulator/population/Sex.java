package cn.baishan.enrollment.simulator.population;

public enum Sex {
    M,
    F
}
