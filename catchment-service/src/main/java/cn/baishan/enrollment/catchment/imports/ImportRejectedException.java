package cn.baishan.enrollment.catchment.imports;

import java.util.List;

/** A bulk import was refused as a whole; every bad row is listed and nothing was stored. */
public class ImportRejectedException extends RuntimeException {

    private final List<RowProblem> problems;

    public ImportRejectedException(List<RowProblem> problems) {
        super(problems.size() + " problems");
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
