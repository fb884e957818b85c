// description: The number of the last change event written (0 when none): where a follower starts.
MATCH (log:ChangeLog {id: 'main'})
RETURN log.seq AS seq
