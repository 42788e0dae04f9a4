package org.smilefactory.core.ai;

import java.sql.Array;
import java.sql.SQLException;

/** Small vector helpers; all vectors here are unit length, so dot = cosine. */
public final class Vectors {

    private Vectors() {
    }

    public static float dot(float[] a, float[] b) {
        float sum = 0f;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    public static float[] normalize(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return v;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }

    /** A PostgreSQL real[] as read by pgjdbc (Float[]). */
    public static float[] fromSql(Array array) throws SQLException {
        if (array == null) {
            return null;
        }
        Object raw = array.getArray();
        if (raw instanceof float[] f) {
            return f;
        }
        Object[] boxed = (Object[]) raw;
        float[] out = new float[boxed.length];
        for (int i = 0; i < boxed.length; i++) {
            out[i] = ((Number) boxed[i]).floatValue();
        }
        return out;
    }

    /** pgvector's text form, "[0.1,0.2,...]". */
    public static String toPgVector(float[] v) {
        StringBuilder sb = new StringBuilder(v.length * 10).append('[');
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(v[i]);
        }
        return sb.append(']').toString();
    }
}
