package cn.baishan.enrollment.catchment.schools.domain;

/** What a school takes in one stage per year: classes and seats (学位). */
public record Intake(Stage stage, int classes, int seats) {}
