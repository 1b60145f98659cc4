package cn.baishan.enrollment.catchment.imports;

/** One thing wrong in one row of a bulk import: the row number (1 = first data row), the column, the rule. */
public record RowProblem(int row, String column, String rule, String message) {}
