package cn.baishan.enrollment.allocation.district;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list of codes kept as positions in one shared {@link Codes} table: the form in which
 * {@link DistrictInputText#read} gives each child its preferences and nearby schools. A million children list about
 * 23 million school codes; as 2-byte positions they take a third of the memory of references, and {@link Resolved}
 * turns them into school indices with one array read each instead of a hash look-up per code. To every reader it is
 * just a {@code List<String>} (equal to any list of the same codes).
 */
final class CodeList extends AbstractList<String> implements RandomAccess {

    /** At most this many distinct codes fit a table: positions are {@code char}s. */
    static final int MAX_CODES = Character.MAX_VALUE + 1;

    final Codes codes;
    private final char[] positions;

    CodeList(Codes codes, char[] positions) {
        this.codes = codes;
        this.positions = positions;
    }

    @Override
    public String get(int index) {
        return codes.code(positions[index]);
    }

    @Override
    public int size() {
        return positions.length;
    }

    /** The position in {@link #codes} of element i. */
    int position(int index) {
        return positions[index];
    }

    /** The list itself when it is a CodeList (immutable already), else {@link List#copyOf}. */
    static List<String> immutable(List<String> list) {
        return list instanceof CodeList ? list : List.copyOf(list);
    }

    /**
     * The distinct codes of one text, in the order first seen (the text's schools come first, in code order). Only
     * ever appended to, by the one reader that owns it, before the input is handed out.
     */
    static final class Codes {
        private String[] table = new String[256];
        private int size;

        String code(int position) {
            return table[position];
        }

        int size() {
            return size;
        }

        /** Appends a code not yet in the table and returns its position, or -1 when the table is full. */
        int add(String code) {
            if (size == MAX_CODES) {
                return -1;
            }
            if (size == table.length) {
                table = java.util.Arrays.copyOf(table, 2 * size);
            }
            table[size] = code;
            return size++;
        }
    }
}
