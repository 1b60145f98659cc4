package cn.baishan.enrollment.system;

import cn.baishan.enrollment.local.LocalStack;
import cn.baishan.enrollment.local.LocalStackConfig;

/** One local stack for the whole system-test run, started fresh on first use and closed at JVM exit. */
final class Stack {

    private static LocalStack stack;

    private Stack() {}

    static synchronized LocalStack get() {
        if (stack == null) {
            stack = LocalStack.start(LocalStackConfig.builder().fresh(true).build());
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
        }
        return stack;
    }
}
