package cn.baishan.enrollment.registration.applications.domain;

/**
 * The preferential-policy groups of the Baishan plan (教育优待政策): each is granted only with the legal
 * basis document the district published.
 */
public enum PreferentialGroup {
    /** 烈士子女 */
    MARTYR_CHILD,
    /** 符合条件的现役军人子女 */
    ACTIVE_MILITARY,
    /** 公安英模、因公牺牲伤残警察子女 */
    POLICE_HERO,
    /** 消防救援人员子女 */
    FIREFIGHTER,
    /** 高层次人才子女 */
    HIGH_LEVEL_TALENT,
    /** 其他各类优抚对象 */
    OTHER_ENTITLED
}
