package cn.baishan.enrollment.registration.applications.domain;

/** Identity documents a child or guardian may present; only the resident ID is checked automatically. */
public enum IdType {
    RESIDENT_ID,
    HK_MACAO_PERMIT,
    TAIWAN_PERMIT,
    PASSPORT;

    public boolean verifiedAutomatically() {
        return this == RESIDENT_ID;
    }
}
