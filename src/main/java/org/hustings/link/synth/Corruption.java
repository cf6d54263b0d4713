package org.hustings.link.synth;

/**
 * How often each kind of error is made when a list is made from a register (each a probability
 * per row). {@link #TYPICAL} resembles a canvass or membership list keyed by hand.
 *
 * @param newPeople   rows that are people not on the register at all
 * @param typo        a typing error in forename, surname or street (each)
 * @param nickname    the forename replaced by a nickname or its formal form (Bill for William)
 * @param initialOnly the forename cut to its initial
 * @param swapped     forename and surname given the wrong way round
 * @param dobError    a typo in the date of birth, or day and month swapped
 * @param moved       the person moved house: a new address and postcode
 * @param missing     each field left empty
 */
public record Corruption(double newPeople, double typo, double nickname, double initialOnly, double swapped,
                         double dobError, double moved, double missing) {
    public static final Corruption TYPICAL = new Corruption(0.10, 0.08, 0.05, 0.03, 0.02, 0.06, 0.10, 0.05);
}
