package cn.baishan.enrollment.allocation.district;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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
    private final int from;
    private final int size;

    /** The list of positions[from .. from + size): many lists share one array, each its own slice. */
    CodeList(Codes codes, char[] positions, int from, int size) {
        this.codes = codes;
        this.positions = positions;
        this.from = from;
        this.size = size;
    }

    @Override
    public String get(int index) {
        return codes.code(positions[from + Objects.checkIndex(index, size)]);
    }

    @Override
    public int size() {
        return size;
    }

    /** The position in {@link #codes} of element i (0 <= i < size, not checked: the resolver's hot loop). */
    int position(int index) {
        return positions[from + index];
    }

    /** The list itself when it is a CodeList (immutable already), else {@link List#copyOf}. */
    static List<String> immutable(List<String> list) {
        return list instanceof CodeList ? list : List.copyOf(list);
    }

    /**
     * Where a reader writes the positions of its lists: one after the other in shared arrays of {@link #SLAB}
     * characters, so a million children's lists sit in the order of the children, with no array header each.
     */
    static final class Slabs {
        static final int SLAB = 1 << 20;
        private char[] slab = new char[0];
        private int used;

        /** A list of the given positions (the array may be reused by the caller). */
        CodeList list(Codes codes, char[] positions, int length) {
            if (length > SLAB / 4) {
                return new CodeList(codes, Arrays.copyOf(positions, length), 0, length);
            }
            if (used + length > slab.length) {
                slab = new char[SLAB];
                used = 0;
            }
            System.arraycopy(positions, 0, slab, used, length);
            CodeList list = new CodeList(codes, slab, used, length);
            used += length;
            return list;
        }
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
                table = Arrays.copyOf(table, 2 * size);
            }
            table[size] = code;
            return size++;
        }
    }
}
