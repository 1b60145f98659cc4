package cn.baishan.enrollment.allocation.engine;

/**
 * Student-proposing deferred acceptance (SPEC §4, multi-school zones; a single-school zone is the case of one
 * preference each): stable, strategy-proof for families, no justified envy.
 */
public interface DeferredAcceptance {

    Assignment run(AllocationProblem problem);
}
