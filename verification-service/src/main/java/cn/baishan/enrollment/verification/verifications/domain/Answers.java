package cn.baishan.enrollment.verification.verifications.domain;

/**
 * The departments' answers one run compared, kept with the verdict so that a supplement round asks
 * again only the departments its changes touch. Each may be null: that department was not asked.
 */
public record Answers(HouseholdLookup household, PropertyLookup properties, MigrantLookup migrant) {}
