# Hand-written startup script (no ioc.yaml): the launcher copies st.cmd and ioc.subst into the runtime folder,
# expands ioc.subst into ioc.db there, and starts the IOC on the copy. iocsh expands $(IOC) and $(RUNTIME_DIR)
# from the environment the launcher exports.
cd "$(IOC)"

dbLoadDatabase dbd/ioc.dbd
ioc_registerRecordDeviceDriver pdbbase

dbLoadRecords("$(RUNTIME_DIR)/ioc.db")
iocInit

dbpf "SIM-HANDWRITTEN:SIM1:STATE" "hand-written"
dbpf "SIM-HANDWRITTEN:SIM1:SETPOINT" "3"
