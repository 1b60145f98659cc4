package cn.baishan.enrollment.verification.verifications.domain;

import java.text.Normalizer;

/**
 * Makes two spellings of one Chinese address comparable: full-width to half-width, no spaces or
 * punctuation, the province/city prefix of Baishan optional, "号楼" read as "栋".
 */
public final class Addresses {

    private Addresses() {}

    public static String normalize(String address) {
        if (address == null) {
            return "";
        }
        String s = Normalizer.normalize(address, Normalizer.Form.NFKC);
        s = s.replaceAll("[\\s\\p{Punct}，。、；：（）《》“”‘’·—－]", "");
        s = s.replace("号楼", "栋").replace("幢", "栋");
        s = s.replaceFirst("^吉林省", "").replaceFirst("^白山市", "");
        return s;
    }

    public static boolean same(String a, String b) {
        return !normalize(a).isEmpty() && normalize(a).equals(normalize(b));
    }
}
