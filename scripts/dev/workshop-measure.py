#!/usr/bin/python3
"""Measures a room server started by scripts/workshop: each attendee logs in (headless Chromium), opens
00-start-here and runs all its cells; the kernels are left running, as in a room, and the trainer's view then says
what each attendee's server, kernel and sandbox hold in memory.
usage: workshop-measure.py HUB_URL PASSWORD N DIR"""
import os, subprocess, sys, time
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

hub, password, n, d = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for arg in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000"]:
    options.add_argument(arg)

def wait(driver, condition, seconds, what):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            if driver.execute_script(condition):
                return
        except Exception:
            pass
        time.sleep(0.2)
    raise TimeoutError(what)

drivers = []
for i in range(1, n + 1):
    user = "attendee%d" % i
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    drivers.append(driver)
    started = time.monotonic()
    driver.get(hub + "/hub/login")
    driver.find_element(By.NAME, "username").send_keys(user)
    driver.find_element(By.NAME, "password").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "form").submit()
    wait(driver, "return location.pathname.indexOf('/user/%s/') == 0 && !!window.Jupyter" % user, 180, user + "'s server")
    driver.get(hub + "/user/%s/notebooks/notebooks/00-start-here.ipynb" % user)
    wait(driver, "return Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected()", 120, user + "'s kernel")
    driver.execute_script("Jupyter.notebook.execute_all_cells()")
    wait(driver, "return Jupyter.notebook.get_cells().every(function (c) { return c.cell_type != 'code' || typeof c.input_prompt_number == 'number'; })", 300, user + "'s cells")
    errors = driver.execute_script("return document.querySelectorAll('.output_error').length")
    print("%s: logged in, server started, 00-start-here run in %.1f s, %d error cells" % (user, time.monotonic() - started, errors), flush=True)
time.sleep(2)
subprocess.run([os.path.join(os.path.dirname(os.path.abspath(__file__)), "workshop-status.py"), d])
for driver in drivers:
    driver.quit()
