// Entity resolution keys as their own nodes: (:AliasKey {key: "<Type>:<normalised name>", entityId}).
// The uniqueness constraint serves the lookup (an index seek per key) and makes concurrent
// writers that claim the same key for a new entity converge on one entity.
CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (k:AliasKey) REQUIRE k.key IS UNIQUE;
// Retract deletes an entity's keys with it.
CREATE INDEX alias_key_entity IF NOT EXISTS FOR (k:AliasKey) ON (k.entityId);
