package cn.baishan.enrollment.local;

/** Anything that stops the local stack from starting or a component from (re)starting, with a readable message. */
public class LocalStackException extends RuntimeException {

    public LocalStackException(String message) {
        super(message);
    }

    public LocalStackException(String message, Throwable cause) {
        super(message, cause);
    }
}
