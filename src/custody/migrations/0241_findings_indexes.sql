-- Findings are deleted and re-inserted at every analysis of their consignment, so each index costs on every
-- batch. (bill_of_lading, kind) from 0240 serves every lookup by bill of lading, so 0220's findings_bol goes;
-- status (5 values) and port (a handful of ports) select too little to be worth their writes: the queue's
-- filters on them read a few thousand rows per port at most, in the order of findings_declared_at.
drop index if exists findings_bol;
drop index if exists findings_status;
drop index if exists findings_port;
