package cn.baishan.enrollment.registration.applications.usecase;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * One-time claim codes for assisted applications, printed for the parent: 10 characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L), about 49 bits, so guessing one together with the
 * child's ID number is hopeless.
 */
@Component
class ClaimCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 10;

    private final SecureRandom random = new SecureRandom();

    String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Codes are read off paper: case and spaces or dashes do not matter. */
    static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase();
    }
}
