package dev.awsjshell.views;

/** boto3's zoo.Animal. Generated from data/resources/zoo.json by ViewGenerator: do not edit. */
@javax.annotation.processing.Generated("dev.awsjshell.codegen.ViewGenerator")
public class ZooAnimal extends dev.awsjshell.resource.Resource {
    public ZooAnimal(Init init) { super(init); }
    /** identifier id */
    public String id() { return identifier("id"); }
    /** action wait: pause_animal */
    public dev.awsjshell.response.AwsMap waitAction(java.util.Map<String, ?> params) { return (dev.awsjshell.response.AwsMap) action("wait", params); }
    public dev.awsjshell.response.AwsMap waitAction() { return waitAction(java.util.Map.of()); }
    /** action feed (hand-written in boto3, and here) */
    public java.util.List feed(java.lang.Integer portions) { return (java.util.List) custom("feed", portions); }
    public java.util.List feed(java.lang.Integer portions, java.lang.String note) { return (java.util.List) custom("feed", portions, note); }
    /** sub-resource Get */
    public ZooKeeper getSubresource(String name) { return (ZooKeeper) subresource("Get", name); }
    /** reference friends, or null when the data names none */
    @SuppressWarnings("unchecked") public java.util.List<ZooAnimal> friends() { return (java.util.List<ZooAnimal>) reference("friends"); }
    /** reference keeper, or null when the data names none */
    public ZooKeeper keeper() { return (ZooKeeper) reference("keeper"); }
    /** waiter wait_until_fed: the client's animal_fed; params may hold WaiterConfig */
    public void waitUntilFed(java.util.Map<String, ?> params) { waitUntil("wait_until_fed", params); }
    public void waitUntilFed() { waitUntilFed(java.util.Map.of()); }
    /** attribute animal_id (Id), loaded on first read */
    public String animalId() { return attribute("animal_id", String.class); }
    /** attribute species (Species), loaded on first read */
    public String species() { return attribute("species", String.class); }
    /** attribute born (Born), loaded on first read */
    public java.time.Instant born() { return attribute("born", java.time.Instant.class); }
    /** attribute hash_code (HashCode), loaded on first read */
    public String hashCodeAttribute() { return attribute("hash_code", String.class); }
    /** attribute default (Default), loaded on first read */
    public Boolean defaultAttribute() { return attribute("default", Boolean.class); }
    /** attribute diet (Diet), loaded on first read */
    @SuppressWarnings("unchecked") public java.util.Map<String, Object> diet() { return (java.util.Map<String, Object>) attribute("diet", java.util.Map.class); }
}
