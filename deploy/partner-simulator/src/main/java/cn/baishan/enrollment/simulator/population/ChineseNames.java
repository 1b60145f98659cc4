package cn.baishan.enrollment.simulator.population;

import java.util.List;
import java.util.random.RandomGenerator;

/** Name pools by generation: grandparents, parents and children of today are named differently. */
final class ChineseNames {

    /** Common surnames, the frequent ones repeated so they come up more often, as they do in Jilin. */
    private static final List<String> SURNAMES = List.of(
            "王", "王", "王", "李", "李", "李", "张", "张", "张", "刘", "刘", "刘", "陈", "陈", "杨", "杨", "赵", "赵", "孙", "孙", "于",
            "于", "黄", "周", "吴", "徐", "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "董",
            "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "姜", "崔",
            "谭", "陆", "汪", "范", "金", "石", "廖", "白", "常", "隋", "关", "佟", "修");

    /** Korean-ethnic surnames, frequent in 长白朝鲜族自治县. */
    private static final List<String> KOREAN_SURNAMES = List.of("金", "朴", "崔", "李", "郑", "姜", "韩", "申", "池", "全");

    private static final List<String> OLDER_MALE =
            List.of("建国", "国庆", "振华", "德福", "长海", "玉山", "宝林", "凤山", "永贵", "树森", "立新", "文学", "殿臣", "广田", "春生");
    private static final List<String> OLDER_FEMALE =
            List.of("秀英", "桂兰", "玉兰", "淑珍", "凤芝", "秀珍", "桂芝", "淑华", "玉梅", "凤英", "秀兰", "春花", "淑琴", "玉珍", "素梅");
    private static final List<String> PARENT_MALE = List.of(
            "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "鹏", "亮", "峰", "宇", "海波", "志强", "晓东", "建军", "宏伟",
            "志刚", "春雷", "海涛", "立军", "东升", "玉龙", "国华", "永强", "振宇", "俊峰");
    private static final List<String> PARENT_FEMALE = List.of(
            "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "红", "玲", "婷", "雪", "丹", "颖", "秀丽", "丽娟", "春梅", "晓燕", "雪梅",
            "海燕", "红梅", "晓丽", "艳红", "丽华", "淑艳", "美玲", "冬梅", "晶晶", "莹莹");
    private static final List<String> CHILD_MALE = List.of(
            "浩然", "梓轩", "宇轩", "子墨", "一鸣", "俊熙", "浩宇", "子睿", "沐辰", "皓轩", "博文", "思远", "奕辰", "铭泽", "天佑", "嘉懿", "宇航", "泽宇",
            "煜祺", "明哲", "承泽", "锦程", "俊杰", "梓睿", "鑫磊");
    private static final List<String> CHILD_FEMALE = List.of(
            "子涵", "欣怡", "梓涵", "诗涵", "雨桐", "一诺", "可馨", "语汐", "若曦", "梦琪", "思彤", "佳怡", "雨萱", "紫萱", "依诺", "梓萱", "沐晴", "悦彤",
            "心怡", "婉清", "芷若", "安然", "书瑶", "清妍", "语桐");

    private ChineseNames() {}

    static String surname(RandomGenerator random, boolean koreanEthnicArea) {
        if (koreanEthnicArea && random.nextInt(10) < 3) {
            return pick(random, KOREAN_SURNAMES);
        }
        return pick(random, SURNAMES);
    }

    static String givenName(RandomGenerator random, Sex sex, int birthYear) {
        boolean male = sex == Sex.M;
        if (birthYear < 1970) {
            return pick(random, male ? OLDER_MALE : OLDER_FEMALE);
        }
        if (birthYear < 2005) {
            return pick(random, male ? PARENT_MALE : PARENT_FEMALE);
        }
        return pick(random, male ? CHILD_MALE : CHILD_FEMALE);
    }

    static <T> T pick(RandomGenerator random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
