-- Counts of people and households and areas are never below zero. The shipped definitions
-- of these elements are corrected in place (same version): the rule states what the
-- elements always meant, and no value stored before could have been a valid count below
-- zero.
UPDATE std_data_element SET rule = 'NOT_NEGATIVE'
 WHERE identifier IN ('DE00017', 'DE00018', 'DE00019', 'DE00020', 'DE00022') AND rule = 'NONE';
