package cn.baishan.enrollment.verification.verifications.domain;

/** A person named in an application: document type and number, name, relation to the child. */
public record Person(String idType, String idNumber, String name, String relation) {

    public boolean hasResidentId() {
        return "RESIDENT_ID".equals(idType);
    }

    @Override
    public String toString() {
        return "Person[" + idType + ":" + Masking.idNumber(idNumber) + "]";
    }
}
