System.out.println("ready");
/exit
